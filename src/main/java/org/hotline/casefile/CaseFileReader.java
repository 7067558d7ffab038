package org.hotline.casefile;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the whole case file from the case and every feature's section. */
@Service
public class CaseFileReader {

    private final CaseFileService cases;
    private final CaseAccess access;
    private final List<CaseFileSection> sections;

    CaseFileReader(CaseFileService cases, CaseAccess access, List<CaseFileSection> sections) {
        this.cases = cases;
        this.access = access;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CaseFileSection::order)).toList();
    }

    /** The case file for someone allowed to open it (see {@link CaseAccess}). */
    @Transactional(readOnly = true)
    public CaseFileView read(String caseNumber) {
        HotlineCase hotlineCase = cases.get(caseNumber);
        access.check(hotlineCase);
        CaseFileView view = new CaseFileView(hotlineCase, cases.contacts(hotlineCase.getId()));
        for (CaseFileSection section : sections) {
            view.section(section.name(), section.read(hotlineCase));
        }
        view.section("timeline", cases.timeline(hotlineCase.getId()));
        return view;
    }
}
