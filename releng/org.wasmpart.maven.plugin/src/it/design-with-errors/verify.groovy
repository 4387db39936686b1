// The build failed on the design's findings, each located in the file, and wrote nothing
def log = new File(basedir, 'build.log').text
assert log =~ /broken-rp2040\.wasmpart:12: error: module name 'uplink-task' is not a valid C identifier.*\[wasmpart\.name\.notCIdentifier\]/
assert log.contains('broken-rp2040.wasmpart: not generated: the design has validation errors')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/wasmpart/broken-rp2040').exists()
true
