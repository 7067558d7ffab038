package org.hotline.platform;

/**
 * An exception whose message names no person and says nothing a caller said: it may be shown to staff as it is
 * (for example a failed step's reason on the supervisor board). Messages of other exceptions are not shown there.
 */
public interface SafeToShow {
}
