package org.hotline.casefile;

public enum Province {
    AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT
}
