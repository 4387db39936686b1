// Runs after both builds: the files exist, the manifest names the design's modules, and the second
// build skipped the design as up to date
def out = new File(basedir, 'target/generated-sources/wasmpart/esp32c3-pmp-shared-heap')
['wasmpart-manifest.json', 'c/wasmpart_config.h', 'c/wasmpart_config.c', 'build/wasmpart.cmake',
 'build/wasmpart.mk', 'build/wasmpart.ld', 'build/cargo-logger.toml', 'report/isolation.md',
 'report/memory-map.svg', '.wasmpart-generated'].each {
    assert new File(out, it).isFile() : "missing ${it}"
}
def manifest = new groovy.json.JsonSlurper().parse(new File(out, 'wasmpart-manifest.json'))
assert manifest.board.id == 'esp32-c3-open-pmp'
assert manifest.modules*.id == ['parser', 'logger']
assert new File(out, 'c/wasmpart_config.h').text.contains('#define WASMPART_MODULE_PARSER_BASE')
// the report names both modules and the memory map is a well-formed SVG drawing
def report = new File(out, 'report/isolation.md').text
assert report.contains('parser') && report.contains('logger')
def svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(out, 'report/memory-map.svg'))
assert svg.documentElement.tagName == 'svg'
def log = new File(basedir, 'build.log').text
// the count is whatever Generation produces (the files above and any later ones), all new
assert log =~ /wasmpart: src\/main\/wasmpart\/esp32c3-pmp-shared-heap.wasmpart: (\d+) files in target\/generated-sources\/wasmpart\/esp32c3-pmp-shared-heap \(\1 written, 0 unchanged\)/
assert log =~ /module parser at 0x3FC[0-9A-F]{5}: 2 of 14 entries/
assert log =~ /esp32c3-pmp-shared-heap.wasmpart: up to date \(design sha256 [0-9a-f]{12} and the files in \S+ unchanged\), not generated again/
true
