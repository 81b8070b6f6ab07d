package org.linli.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Closes the shared browser when the whole test run ends, before the JVM exits. */
class BrowserTests implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent("linli-browser", key -> (AutoCloseable) Browser::closeAll, AutoCloseable.class);
    }
}
