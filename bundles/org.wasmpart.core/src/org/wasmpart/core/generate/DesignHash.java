package org.wasmpart.core.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wasmpart.core.DesignIO;
import org.wasmpart.model.Design;

/**
 * The SHA-256 that generated files carry to say which design they come from. It is taken over
 * the design as wasmpart would save it (not the file's bytes, so formatting does not count), and
 * over a copy saved under one fixed URI, so where the file lies does not count either. Public so
 * that a build can tell whether a folder's manifest still belongs to the design.
 */
public final class DesignHash {

    private static final URI CANONICAL = URI.createURI("wasmpart-design:/design.wasmpart");

    private DesignHash() {
    }

    public static String sha256(Design design) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Design copy = (Design) copier.copy(design);
        copier.copyReferences();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            DesignIO.write(copy, CANONICAL, bytes);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("a design in memory could not be serialised", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
