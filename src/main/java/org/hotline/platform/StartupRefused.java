package org.hotline.platform;

/**
 * The application will not start as configured: a required secret is missing or unsafe, or the embedded database
 * cannot start (its port taken, its directories or password file not the application's user's alone). The message
 * says what to set.
 */
public class StartupRefused extends IllegalStateException {

    public StartupRefused(String message) {
        super(message);
    }
}
