package org.hotline.directory;

/** Populations a service is for (taxonomy {@code hotline-populations}). */
public enum Population {
    MINOR, WOMEN, MEN, LGBTQ, FAMILIES, MIGRANT_WORKERS, INDIGENOUS
}
