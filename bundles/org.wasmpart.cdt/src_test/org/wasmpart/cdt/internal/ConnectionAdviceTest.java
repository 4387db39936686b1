package org.wasmpart.cdt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IPath;
import org.junit.jupiter.api.Test;

/** Which designs offer to connect their project, and what they say. */
class ConnectionAdviceTest {

    private static final IPath HUB = IPath.fromPortableString("/firmware/design/hub.wasmpart");
    private static final IPath SPARE = IPath.fromPortableString("/firmware/design/spare.wasmpart");

    @Test
    void everyDesignOfAnUnconnectedCProjectOffersToConnectIt() {
        List<ConnectionAdvice.Advice> advice = ConnectionAdvice.of(new ConnectionAdvice.ProjectState("firmware", true,
                Optional.empty(), false, List.of(HUB, SPARE)));
        String message = "C/C++ project firmware is connected to no wasmpart design: connect it to this one to give its"
                + " builds the generated header's folder, WAMR's macros and the build variables";
        assertEquals(List.of(new ConnectionAdvice.Advice(HUB, message), new ConnectionAdvice.Advice(SPARE, message)),
                advice);
    }

    @Test
    void aConnectedProjectAndAProjectWithoutCOfferNothing() {
        assertEquals(List.of(), ConnectionAdvice.of(new ConnectionAdvice.ProjectState("firmware", true,
                Optional.of(HUB), true, List.of(HUB, SPARE))));
        // connected to a design elsewhere: its own designs stay quiet too
        assertEquals(List.of(), ConnectionAdvice.of(new ConnectionAdvice.ProjectState("firmware", true,
                Optional.of(IPath.fromPortableString("/designs/other.wasmpart")), true, List.of(HUB))));
        assertEquals(List.of(), ConnectionAdvice.of(new ConnectionAdvice.ProjectState("designs", false,
                Optional.empty(), false, List.of(HUB))));
    }

    @Test
    void aProjectConnectedToADesignThatIsGoneIsOfferedItsOwn() {
        IPath gone = IPath.fromPortableString("/designs/old.wasmpart");
        assertEquals(List.of(new ConnectionAdvice.Advice(SPARE, "C/C++ project firmware is connected to designs/old.wasmpart,"
                + " which no longer exists: connect it to this design instead")),
                ConnectionAdvice.of(new ConnectionAdvice.ProjectState("firmware", true, Optional.of(gone), false,
                        List.of(SPARE))));
    }

    @Test
    void aCProjectWithoutDesignsHasNoWhereToSaySo() {
        assertEquals(List.of(), ConnectionAdvice.of(new ConnectionAdvice.ProjectState("firmware", true,
                Optional.empty(), false, List.of())));
    }
}
