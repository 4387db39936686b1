package org.wasmpart.benchmarks;

import org.wasmpart.core.validation.DesignValidator;
import org.wasmpart.model.Design;

/** A rough look at validation time while developing; the figures that count come from JMH. */
final class QuickTiming {
    public static void main(String[] args) {
        DesignCorpus corpus = new DesignCorpus();
        for (DesignCorpus.Arch arch : DesignCorpus.Arch.values()) {
            for (int n : new int[] { 64, 256, 1024, 4096 }) {
                Design d = corpus.design(arch, n, Math.min(32, Math.max(2, n / 8)), 42);
                DesignValidator v = DesignValidator.standard();
                long t0 = System.nanoTime();
                int findings = 0;
                for (int i = 0; i < 5; i++) {
                    findings = DesignValidator.standard().validate(d).size();
                }
                long full = (System.nanoTime() - t0) / 5;
                v.validate(d);
                t0 = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    d.getRegions().get(d.getModules().get(0).getGrants().get(0).getTarget() instanceof org.wasmpart.model.SharedRegion r ? d.getRegions().indexOf(r) : 0).setSize(i % 2 == 0 ? 64 : 32);
                    v.validate(d);
                }
                long inc = (System.nanoTime() - t0) / 20;
                System.out.printf("%s n=%d findings=%d full=%.2f ms incremental=%.2f ms%n", arch, n, findings, full / 1e6, inc / 1e6);
            }
        }
    }
}
