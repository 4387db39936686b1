package org.wasmpart.cdt.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;

import org.eclipse.cdt.core.envvar.IContributedEnvironment;
import org.eclipse.cdt.core.envvar.IEnvironmentVariable;
import org.eclipse.cdt.core.language.settings.providers.ILanguageSettingsProvider;
import org.eclipse.cdt.core.language.settings.providers.ILanguageSettingsProvidersKeeper;
import org.eclipse.cdt.core.language.settings.providers.LanguageSettingsBaseProvider;
import org.eclipse.cdt.core.settings.model.ICConfigurationDescription;
import org.eclipse.cdt.core.settings.model.ICLanguageSettingEntry;
import org.eclipse.cdt.core.settings.model.ICProjectDescription;
import org.eclipse.core.resources.IProject;

/**
 * Recording fakes of the CDT calls the adapter makes: {@link CdtAccess} (CDT's static entry points)
 * and java.lang.reflect.Proxy implementations of the project description, its configurations (with
 * their providers, as CDT's ILanguageSettingsProvidersKeeper) and the contributed environment. Every
 * call is a line of {@link #log}; a call the fakes do not know fails the test, so the log is all the
 * adapter asks of CDT. Each configuration starts with providers and a variable of its own user's,
 * which the adapter must leave alone.
 */
final class FakeCdt implements CdtAccess {

    static final String C = "org.eclipse.cdt.core.gcc";
    static final List<String> USER_PROVIDERS = List.of("org.eclipse.cdt.ui.UserLanguageSettingsProvider",
            "org.eclipse.cdt.managedbuilder.core.GCCBuiltinSpecsDetector");

    final List<String> log = new ArrayList<>();
    /** Per configuration, the providers CDT holds. */
    final Map<String, List<ILanguageSettingsProvider>> providers = new LinkedHashMap<>();
    /** Per configuration, the contributed environment. */
    final Map<String, SequencedMap<String, String>> environment = new LinkedHashMap<>();
    private final List<ICConfigurationDescription> configurations = new ArrayList<>();
    private final IContributedEnvironment contributed = proxy(IContributedEnvironment.class, this::environmentCall);
    /** The providers of this bundle's kind, numbered as the fake handed them out. */
    private final Map<ILanguageSettingsProvider, Integer> numbers = new IdentityHashMap<>();
    private boolean cdtProject = true;

    FakeCdt(String... configurationNames) {
        for (String name : configurationNames) {
            providers.put(name, new ArrayList<>(USER_PROVIDERS.stream()
                    .map(id -> (ILanguageSettingsProvider) new LanguageSettingsBaseProvider(id, id)).toList()));
            SequencedMap<String, String> env = new LinkedHashMap<>();
            env.put("ARM_TOOLCHAIN", "/opt/arm-gnu-toolchain");
            environment.put(name, env);
            configurations.add(proxy(ICConfigurationDescription.class, (p, m, args) -> configurationCall(name, m.getName(), args),
                    ILanguageSettingsProvidersKeeper.class));
        }
    }

    /** A configuration of a kind that keeps no providers (no ILanguageSettingsProvidersKeeper). */
    FakeCdt withConfigurationKeepingNoProviders(String name) {
        configurations.add(proxy(ICConfigurationDescription.class, (p, m, args) -> configurationCall(name, m.getName(), args)));
        return this;
    }

    /** The project is no CDT project: it has no description. */
    FakeCdt withoutDescription() {
        cdtProject = false;
        return this;
    }

    static IProject project(String name) {
        return proxy(IProject.class, (p, m, args) -> switch (m.getName()) {
            case "getName", "toString" -> name;
            default -> throw new UnsupportedOperationException("the adapter asked the project for " + m.getName());
        });
    }

    @Override
    public boolean isCProject(IProject project) {
        throw new UnsupportedOperationException("the writer has no use for the nature");
    }

    @Override
    public ICProjectDescription writableDescription(IProject project) {
        log.add("CoreModel.getDefault().getProjectDescription(" + project.getName() + ", true)"
                + (cdtProject ? "" : " = null"));
        return cdtProject ? proxy(ICProjectDescription.class, (p, m, args) -> switch (m.getName()) {
            case "getConfigurations" -> {
                log.add("description.getConfigurations()");
                yield configurations.toArray(ICConfigurationDescription[]::new);
            }
            default -> throw new UnsupportedOperationException("unexpected call description." + m.getName());
        }) : null;
    }

    @Override
    public void save(IProject project, ICProjectDescription description) {
        log.add("CoreModel.getDefault().setProjectDescription(" + project.getName() + ", description)");
    }

    /** What CDT's copy of the extension is: configured as plugin.xml declares it. */
    @Override
    public DesignLanguageSettingsProvider newProvider() {
        DesignLanguageSettingsProvider provider = new DesignLanguageSettingsProvider();
        PluginXml.Provider declared = PluginXml.read().provider();
        provider.configureProvider(declared.id(), declared.name(), declared.languages(), null, null);
        numbers.put(provider, numbers.size() + 1);
        log.add("LanguageSettingsManager.getExtensionProviderCopy(" + declared.id() + ", false) = provider #"
                + numbers.get(provider));
        return provider;
    }

    @Override
    public IContributedEnvironment environment() {
        log.add("CCorePlugin.getDefault().getBuildEnvironmentManager().getContributedEnvironment()");
        return contributed;
    }

    private Object configurationCall(String cfg, String method, Object[] args) {
        return switch (method) {
            case "getName", "toString" -> cfg;
            case "getLanguageSettingProviders" -> {
                log.add(cfg + ".getLanguageSettingProviders() = " + ids(providers.get(cfg)));
                yield new ArrayList<>(providers.get(cfg));
            }
            case "setLanguageSettingProviders" -> {
                @SuppressWarnings("unchecked")
                List<ILanguageSettingsProvider> list = (List<ILanguageSettingsProvider>) args[0];
                log.add(cfg + ".setLanguageSettingProviders(" + ids(list) + ")");
                for (ILanguageSettingsProvider p : list) {
                    if (numbers.containsKey(p)) {
                        log.add("  provider #" + numbers.get(p) + " gives C sources:");
                        entriesOf(p).forEach(e -> log.add("    " + e));
                    }
                }
                providers.put(cfg, new ArrayList<>(list));
                yield null;
            }
            default -> throw new UnsupportedOperationException("unexpected call " + cfg + "." + method);
        };
    }

    private Object environmentCall(Object proxy, Method m, Object[] args) {
        String cfg = args[args.length - 1].toString();
        return switch (m.getName()) {
            case "addVariable" -> {
                if (args.length != 5) {
                    throw new UnsupportedOperationException("addVariable(IEnvironmentVariable, cfg)");
                }
                log.add("environment.addVariable(" + args[0] + ", \"" + args[1] + "\", " + operation((int) args[2])
                        + ", " + args[3] + ", " + cfg + ")");
                environment.get(cfg).put((String) args[0], (String) args[1]);
                yield null;
            }
            case "removeVariable" -> {
                log.add("environment.removeVariable(" + args[0] + ", " + cfg + ")");
                environment.get(cfg).remove(args[0]);
                yield null;
            }
            default -> throw new UnsupportedOperationException("unexpected call environment." + m.getName());
        };
    }

    /** The provider's entries for C, as CDT asks a provider for a file's language with no entries of the file's own. */
    static List<ICLanguageSettingEntry> entriesOf(ILanguageSettingsProvider provider) {
        List<ICLanguageSettingEntry> entries = provider.getSettingEntries(null, null, C);
        return entries == null ? List.of() : entries;
    }

    private static String operation(int op) {
        return op == IEnvironmentVariable.ENVVAR_REPLACE ? "ENVVAR_REPLACE" : "operation " + op;
    }

    private String ids(List<ILanguageSettingsProvider> list) {
        return list.stream().map(p -> numbers.containsKey(p) ? p.getId() + " (provider #" + numbers.get(p) + ")"
                : p.getId()).collect(Collectors.joining(", ", "[", "]"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler, Class<?>... more) {
        Class<?>[] types = new Class<?>[more.length + 1];
        types[0] = type;
        System.arraycopy(more, 0, types, 1, more.length);
        return (T) Proxy.newProxyInstance(FakeCdt.class.getClassLoader(), types, (p, m, args) -> switch (m.getName()) {
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == args[0];
            default -> handler.invoke(p, m, args);
        });
    }
}
