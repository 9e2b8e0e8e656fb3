package cn.summerhotline.launcher;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Stands in for a Boot jar's {@code -Djarmode=tools extract --destination DIR}: leaves an application
 * jar of the same name in DIR, as the real tool does (here an empty one, which the JVM can archive).
 */
public final class FakeBootJar {

    private FakeBootJar() {}

    public static void main(String[] args) throws Exception {
        if (!"tools".equals(System.getProperty("jarmode")) || args.length != 3 || !args[0].equals("extract")) {
            System.exit(3);
        }
        Path self = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]);
        Path destination = Path.of(args[2]);
        Files.createDirectories(destination);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream out = Files.newOutputStream(destination.resolve(self.getFileName()));
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // An application jar without classes: the archive holds the listed JDK classes.
        }
    }
}
