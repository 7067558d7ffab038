package org.hotline.casefile;

/** One contact with the hotline: what was said and how to call back. Personal data. */
public record NewContact(Channel channel, CallerType callerType, String language, String summary, String callerName,
                         String callbackNumber) {
}
