package org.hotline.casefile;

import java.util.Comparator;
import java.util.List;
import org.hotline.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the whole case file from the case and every feature's section. */
@Service
public class CaseFileReader {

    private final CaseFileService cases;
    private final CaseAccess access;
    private final List<CaseFileSection> sections;
    private final AuditLog audit;
    private final SafeContactService safeContact;

    CaseFileReader(CaseFileService cases, CaseAccess access, List<CaseFileSection> sections, AuditLog audit,
                   SafeContactService safeContact) {
        this.cases = cases;
        this.safeContact = safeContact;
        this.access = access;
        this.audit = audit;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CaseFileSection::order)).toList();
    }

    /** The case file for someone allowed to open it (see {@link CaseAccess}), read through the API. */
    @Transactional
    public CaseFileView read(String caseNumber) {
        return read(caseNumber, "api");
    }

    /** The case file for someone allowed to open it; the read is audited, in the same transaction, with its view. */
    @Transactional
    public CaseFileView read(String caseNumber, String auditedView) {
        HotlineCase hotlineCase = cases.get(caseNumber);
        access.check(hotlineCase);
        // How to reach the caller is for those whose work it is, not for every role that may open the file.
        SafeContactView plan = access.mayReachCaller(hotlineCase) ? safeContact.of(hotlineCase).orElse(null) : null;
        CaseFileView view = new CaseFileView(hotlineCase, plan, cases.contacts(hotlineCase.getId()));
        for (CaseFileSection section : sections) {
            view.section(section.name(), section.read(hotlineCase));
        }
        view.section("timeline", cases.timeline(hotlineCase.getId()));
        // Last, so that the audit log's lock is held only from here to the commit.
        audit.read(hotlineCase.getCaseNumber(), auditedView);
        return view;
    }
}
