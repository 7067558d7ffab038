package org.hotline.platform;

/** The application will not start as configured: a required secret is missing or unsafe. The message says what to set. */
public class StartupRefused extends IllegalStateException {

    public StartupRefused(String message) {
        super(message);
    }
}
