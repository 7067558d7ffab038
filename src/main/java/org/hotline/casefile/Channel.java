package org.hotline.casefile;

public enum Channel {
    PHONE, CHAT, SMS, EMAIL, WEBFORM
}
