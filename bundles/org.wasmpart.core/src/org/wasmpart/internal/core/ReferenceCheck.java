package org.wasmpart.internal.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wasmpart.core.CatalogUris;
import org.wasmpart.core.Problem;
import org.wasmpart.model.Design;

/**
 * Resolves every reference of a freshly loaded design and reports those that lead nowhere: an id
 * missing from the catalog, a catalog that does not exist, an id missing from the design itself.
 * EMF keeps such references as proxies without a location, so the line is found in the text.
 */
public final class ReferenceCheck {

    private final String label;
    private final Supplier<String> text;
    private String[] lines;

    /**
     * @param text the file's text, read only when a reference fails and its line must be found
     */
    public ReferenceCheck(String label, Supplier<String> text) {
        this.label = label;
        this.text = text;
    }

    public List<Problem> check(Design design) {
        List<Problem> problems = new ArrayList<>();
        checkObject(design, problems);
        for (TreeIterator<EObject> it = design.eAllContents(); it.hasNext();) {
            checkObject(it.next(), problems);
        }
        for (Resource r : design.eResource().getResourceSet().getResources()) {
            if (r != design.eResource() && !r.getErrors().isEmpty()) {
                r.getErrors().forEach(e -> problems.add(new Problem(label, 0, 0, "cannot read '" + r.getURI()
                        + "'" + (e.getLine() > 0 ? " at line " + e.getLine() : "") + ": " + e.getMessage())));
            }
        }
        return problems;
    }

    private void checkObject(EObject object, List<Problem> problems) {
        for (EReference ref : object.eClass().getEAllReferences()) {
            if (ref.isContainment() || ref.isContainer() || ref.isTransient() || ref.isDerived()
                    || !object.eIsSet(ref)) {
                continue;
            }
            List<EObject> targets = new ArrayList<>();
            if (ref.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> values = (List<EObject>) object.eGet(ref, true);
                targets.addAll(values);
            } else {
                targets.add((EObject) object.eGet(ref, true));
            }
            for (EObject target : targets) {
                if (target != null && target.eIsProxy()) {
                    problems.add(unresolved(ref, ((InternalEObject) target).eProxyURI()));
                }
            }
        }
    }

    private Problem unresolved(EReference ref, URI uri) {
        String id = uri.fragment() == null ? "" : uri.fragment();
        String what = ref.getEReferenceType().getName().toLowerCase(java.util.Locale.ROOT);
        String message;
        if (CatalogUris.isCatalog(uri)) {
            URI catalog = uri.trimFragment();
            boolean known = catalog.equals(CatalogUris.BOARDS) || catalog.equals(CatalogUris.PROFILES)
                    || catalog.equals(CatalogUris.RUNTIMES) || catalog.equals(CatalogUris.OPTIONS);
            message = known
                    ? "unknown " + what + " '" + id + "' for '" + ref.getName() + "': the built-in catalog has none"
                            + " with that id (list them with `wasmpart catalog`)"
                    : "unknown catalog '" + catalog + "' for '" + ref.getName() + "' (the built-in catalogs are "
                            + "wasmpart:/catalog/boards, profiles, runtimes and options)";
        } else {
            message = "dangling reference: '" + ref.getName() + "' names '" + id + "', but no " + what
                    + " has that id";
        }
        return new Problem(label, lineOf(ref.getName(), id), 0, message);
    }

    private int lineOf(String attribute, String id) {
        Pattern p = Pattern.compile("\\b" + Pattern.quote(attribute) + "\\s*=\\s*\"[^\"]*" + Pattern.quote(id) + "[\"\\s]");
        if (lines == null) {
            lines = text.get().split("\n", -1);
        }
        for (int i = 0; i < lines.length; i++) {
            Matcher m = p.matcher(lines[i]);
            if (m.find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
