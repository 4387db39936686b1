package org.wasmpart.core.generate;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.core.generate.MarkdownText.code;
import static org.wasmpart.core.generate.MarkdownText.text;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wasmpart.core.protection.AddressSpan;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.Subpartition;
import org.wasmpart.model.WasmModule;

/**
 * The isolation report's account of memory: per bank what lies where, the bytes the layout spent
 * on rounding and alignment (its own measure, {@link LayoutWaste}) and the space nothing uses.
 */
final class MemorySection {

    private MemorySection() {
    }

    static String of(GenerationInput input, List<BankUse> banks) {
        StringBuilder s = new StringBuilder("## Memory use and waste\n\n");
        s.append("""
                Waste is what the layout spent on the memories it placed, measured as the layout measures \
                it: rounding (bytes a size was rounded up by, to fit the protection unit; a module's go to \
                its stack) and alignment (the free gap the layout left right below a memory it placed). \
                Memories the design placed itself waste nothing by this measure; the space around them \
                counts as unused.

                """);
        MarkdownTable totals = new MarkdownTable("llrrrrr", "bank", "range", "size", "in memories",
                "of which rounding", "alignment gaps", "unused");
        for (BankUse b : banks) {
            totals.row(text(label(b.bank())) + " (" + code(b.bank().getId()) + ")",
                    code(AddressSpan.of(b.bank().getBase(), b.bank().getSize()).inclusive()),
                    ByteCount.of(b.bank().getSize()), ByteCount.of(b.bytes(BankUse.Kind.MEMORY)),
                    ByteCount.of(b.rounding()), ByteCount.of(b.bytes(BankUse.Kind.ALIGNMENT)),
                    ByteCount.of(b.bytes(BankUse.Kind.UNUSED)));
        }
        s.append(totals.render());
        long waste = banks.stream().mapToLong(b -> b.rounding() + b.bytes(BankUse.Kind.ALIGNMENT)).sum();
        s.append("\nWaste in all: ").append(ByteCount.of(waste)).append(" (").append(waste).append(" bytes).\n");
        for (BankUse b : banks) {
            s.append("\n### Bank ").append(text(label(b.bank()))).append("\n\n");
            MarkdownTable t = new MarkdownTable("lrlr", "range", "size", "what", "rounding");
            for (BankUse.Piece p : b.pieces()) {
                switch (p.kind()) {
                    case MEMORY -> {
                        t.row(code(p.span().inclusive()), ByteCount.of(p.span().size()), memory(input, p.memory()),
                                ByteCount.of(p.rounding()));
                        if (p.memory() instanceof SharedRegion r) {
                            for (Subpartition sp : r.getSubpartitions()) {
                                t.row(code(AddressSpan.of(r.getBase() + sp.getOffset(), sp.getSize()).inclusive()),
                                        ByteCount.of(sp.getSize()), "subpartition " + code(input.symbols().name(sp))
                                                + " of region " + code(input.symbols().name(r)), "");
                            }
                        }
                    }
                    case ALIGNMENT -> t.row(code(p.span().inclusive()), ByteCount.of(p.span().size()),
                            "alignment gap (waste)", "");
                    case UNUSED -> t.row(code(p.span().inclusive()), ByteCount.of(p.span().size()), "unused", "");
                }
            }
            s.append(t.render());
        }
        return s.toString();
    }

    private static String memory(GenerationInput input, EObject memory) {
        String placedBy = input.waste().placed(memory) ? ", placed by the layout" : ", placed by the design";
        return switch (memory) {
            case WasmModule m -> "private memory of module " + code(input.symbols().name(m)) + placedBy;
            case SharedRegion r -> "region " + code(input.symbols().name(r)) + placedBy;
            default -> throw new IllegalStateException("not a memory: " + memory);
        };
    }
}
