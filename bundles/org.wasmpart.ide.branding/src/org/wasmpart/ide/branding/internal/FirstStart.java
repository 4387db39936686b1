package org.wasmpart.ide.branding.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * The wasmpart IDE's life cycle handler (the product's {@code lifeCycleURI}). Bound to the product
 * rather than contributed as an {@code org.eclipse.ui.startup}, it runs only when this product
 * runs. Once the workbench has started, a workspace that never had the examples gets them.
 */
public final class FirstStart {

    @PostContextCreate
    void afterStartup(IEventBroker broker) {
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, new EventHandler() {
            @Override
            public void handleEvent(Event event) {
                broker.unsubscribe(this);
                ExamplesImport.scheduleOnce();
            }
        });
    }
}
