package org.wasmpart.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A jar whose main class prints one line: what a JVM launch costs before any work, launched the
 * way the CLI is ({@code java -jar}). It is compiled when the benchmark runs, by the running JDK,
 * so it targets the very JVM the CLI is timed on and ships nowhere.
 */
final class HelloJar {

    private static final String SOURCE = """
            public class HelloWorld {
                public static void main(String[] args) {
                    System.out.println("hello");
                }
            }
            """;

    private HelloJar() {
    }

    /** Compiles the class into {@code dir} and returns the jar that runs it. */
    static Path create(Path dir) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in " + System.getProperty("java.home")
                    + ": run the benchmark with a JDK");
        }
        Path source = Files.writeString(Files.createDirectories(dir).resolve("HelloWorld.java"), SOURCE);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        if (compiler.run(null, null, null, "-d", classes.toString(), source.toString()) != 0) {
            throw new IllegalStateException("HelloWorld.java did not compile");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "HelloWorld");
        Path jar = dir.resolve("hello.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.putNextEntry(new JarEntry("HelloWorld.class"));
            j.write(Files.readAllBytes(classes.resolve("HelloWorld.class")));
            j.closeEntry();
        }
        return jar;
    }
}
