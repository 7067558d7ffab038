package org.hotline.casefile;

/** A way the hotline can reach a caller; a safe-contact plan lists the ones that are safe. */
public enum SafeChannel {
    CALL, TEXT, VOICEMAIL, EMAIL
}
