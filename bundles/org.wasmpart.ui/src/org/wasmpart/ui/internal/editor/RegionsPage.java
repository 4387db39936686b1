package org.wasmpart.ui.internal.editor;

import static org.wasmpart.core.Designs.label;
import static org.wasmpart.model.util.Quantities.formatAddress;
import static org.wasmpart.model.util.Quantities.formatSize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.swt.widgets.Composite;
import org.wasmpart.core.DesignTemplates;
import org.wasmpart.core.Designs;
import org.wasmpart.model.AccessDiscipline;
import org.wasmpart.model.Design;
import org.wasmpart.model.DisciplineKind;
import org.wasmpart.model.MemoryBank;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmpartFactory;
import org.wasmpart.model.WasmpartPackage.Literals;

/** The shared regions: size, base, alignment, bank, subpartitions and access discipline. */
final class RegionsPage {

    static final DesignPageFactory FACTORY = new DesignPageFactory() {
        @Override
        public String title() {
            return "Regions";
        }

        @Override
        public DesignPage create(Composite parent, DesignPageContext context) {
            return table(parent, context);
        }
    };

    private RegionsPage() {
    }

    static ObjectTable table(Composite parent, DesignPageContext context) {
        Design design = context.design();
        EditingDomain domain = context.domain();
        List<ObjectTable.Column> columns = List.of(
                new ObjectTable.Column("Name", 130, o -> label(region(o)), edit(domain, Literals.IDENTIFIED__NAME)),
                new ObjectTable.Column("Size", 90, o -> formatSize(region(o).getSize()), edit(domain, Literals.SHAREABLE__SIZE)),
                new ObjectTable.Column("Base", 110, o -> region(o).isSetBase() ? formatAddress(region(o).getBase()) : "",
                        edit(domain, Literals.SHARED_REGION__BASE)),
                new ObjectTable.Column("Alignment", 80,
                        o -> region(o).getAlignment() == 0 ? "" : formatSize(region(o).getAlignment()),
                        edit(domain, Literals.SHARED_REGION__ALIGNMENT)),
                new ObjectTable.Column("Bank", 110, o -> region(o).getBank() == null ? "" : label(region(o).getBank()),
                        t -> new ChoiceEditing(t.viewer(), domain, () -> banks(design),
                                b -> b == null ? "" : label((MemoryBank) b), o -> region(o).getBank(),
                                (o, b) -> SetCommand.create(domain, o, Literals.SHARED_REGION__BANK, b))),
                new ObjectTable.Column("Subpartitions", 220, o -> subpartitions(region(o)), null),
                new ObjectTable.Column("Access discipline", 230, o -> discipline(region(o)),
                        t -> new ChoiceEditing(t.viewer(), domain, RegionsPage::kinds,
                                k -> k == null ? "(none)" : ((DisciplineKind) k).getLiteral(),
                                o -> region(o).getDiscipline() == null ? null : region(o).getDiscipline().getKind(),
                                (o, k) -> discipline(domain, region(o), (DisciplineKind) k))));
        ObjectTable.Actions actions = new ObjectTable.Actions(
                () -> AddCommand.create(domain, design, Literals.DESIGN__REGIONS,
                        DesignTemplates.newRegion(Designs.uniqueId(design, "region"), design.getBoard())),
                selected -> TableCommands.delete(domain, design, selected),
                selected -> TableCommands.duplicate(domain, design, Literals.DESIGN__REGIONS, selected));
        return new ObjectTable(parent, domain, design::getRegions, columns, actions);
    }

    /** Text editing of an attribute in a column of the table. */
    static Function<ObjectTable, EditingSupport> edit(EditingDomain domain, EAttribute attribute) {
        return t -> new AttributeEditing(t.viewer(), domain, attribute, t::showMessage);
    }

    private static SharedRegion region(Object o) {
        return (SharedRegion) o;
    }

    /** The board's banks and "none", for a bank column. */
    static List<Object> banks(Design design) {
        List<Object> banks = new ArrayList<>();
        banks.add(null);
        banks.addAll(design.getBoard().getBanks());
        return banks;
    }

    private static List<Object> kinds() {
        List<Object> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(DisciplineKind.VALUES);
        return kinds;
    }

    private static String subpartitions(SharedRegion r) {
        return r.getSubpartitions().stream()
                .map(s -> label(s) + " " + formatSize(s.getSize()) + " at +" + formatSize(s.getOffset()))
                .collect(Collectors.joining(", "));
    }

    private static String discipline(SharedRegion r) {
        AccessDiscipline d = r.getDiscipline();
        if (d == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(d.getKind().getLiteral());
        List<String> who = new ArrayList<>();
        if (d.getWriter() != null) {
            who.add("writer " + label(d.getWriter()));
        }
        if (d.getProducer() != null) {
            who.add("producer " + label(d.getProducer()));
        }
        if (d.getConsumer() != null) {
            who.add("consumer " + label(d.getConsumer()));
        }
        if (!who.isEmpty()) {
            b.append(" (").append(String.join(", ", who)).append(')');
        }
        return b.toString();
    }

    /** Gives the region a discipline of that kind, changes its kind, or (null) removes it. */
    private static Command discipline(EditingDomain domain, SharedRegion region, DisciplineKind kind) {
        if (kind == null) {
            return SetCommand.create(domain, region, Literals.SHARED_REGION__DISCIPLINE, SetCommand.UNSET_VALUE);
        }
        if (region.getDiscipline() != null) {
            return SetCommand.create(domain, region.getDiscipline(), Literals.ACCESS_DISCIPLINE__KIND, kind);
        }
        AccessDiscipline discipline = WasmpartFactory.eINSTANCE.createAccessDiscipline();
        discipline.setKind(kind);
        return SetCommand.create(domain, region, Literals.SHARED_REGION__DISCIPLINE, discipline);
    }
}
