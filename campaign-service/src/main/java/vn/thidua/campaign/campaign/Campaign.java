package vn.thidua.campaign.campaign;

import static vn.thidua.platform.text.Texts.blankToNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.thidua.platform.problem.ProblemException;

/** A movement or campaign (phong trào, đợt thi đua) from draft to launch and close. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organizing_unit_id", nullable = false)
    public UUID organizingUnitId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignEnums.Kind kind;

    public String theme;

    @Column(name = "doc_number", nullable = false)
    public String docNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false)
    public CampaignEnums.DocumentType docType;

    @Column(name = "doc_date", nullable = false)
    public LocalDate docDate;

    @Column(name = "doc_issuer", nullable = false)
    public String docIssuer;

    @Column(name = "doc_signing_for")
    public String docSigningFor;

    @Column(name = "doc_signer_position")
    public String docSignerPosition;

    @Column(name = "doc_signer_name")
    public String docSignerName;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "registration_deadline", nullable = false)
    public LocalDate registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false)
    public CampaignEnums.ScopeKind scopeKind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_scope_choice", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "ref_id")
    public Set<UUID> scopeChoice = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "campaign_scope_unit", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "unit_id")
    public Set<UUID> scopeUnits = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_content", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("number")
    public List<CampaignParts.KeyContent> contents = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_target", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("number")
    public List<CampaignParts.Target> targets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_pledge_rule", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("position")
    public List<CampaignParts.PledgeRule> pledgeRules = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_planned_award", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("position")
    public List<CampaignParts.PlannedAward> plannedAwards = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_period", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("number")
    public List<CampaignParts.ReportingPeriod> periods = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignEnums.Status status;

    /** 0 while a draft; 1 at launch; each later change adds one, kept in campaign_revision. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "launched_at")
    public OffsetDateTime launchedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static Campaign draft(UUID organizingUnitId, OffsetDateTime now) {
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.organizingUnitId = organizingUnitId;
        campaign.status = CampaignEnums.Status.DRAFT;
        campaign.createdAt = now;
        return campaign;
    }

    /** Changes the plan; the period and deadline must make sense together. */
    void plan(
            CampaignDtos.CampaignInput in,
            List<CampaignParts.KeyContent> contents,
            List<CampaignParts.Target> targets,
            List<CampaignParts.PledgeRule> pledgeRules,
            List<CampaignParts.PlannedAward> plannedAwards,
            List<CampaignParts.ReportingPeriod> periods,
            OffsetDateTime now) {
        if (status == CampaignEnums.Status.CLOSED) {
            throw ProblemException.rule("Phong trào \"" + title + "\" đã kết thúc, không sửa được nữa");
        }
        if (in.endsOn().isBefore(in.startsOn())) {
            throw ProblemException.invalidField(
                    "endsOn", "ngày kết thúc không được trước ngày bắt đầu (" + in.startsOn() + ")");
        }
        if (in.registrationDeadline().isAfter(in.endsOn())) {
            throw ProblemException.invalidField(
                    "registrationDeadline", "hạn đăng ký phải trước khi phong trào kết thúc (" + in.endsOn() + ")");
        }
        if (status == CampaignEnums.Status.LAUNCHED
                && (in.scope().kind() != scopeKind
                        || !Set.copyOf(in.scope().refs()).equals(scopeChoice))) {
            throw ProblemException.invalidField("scope", "không đổi phạm vi sau khi đã phát động");
        }
        title = in.title().strip();
        kind = in.kind();
        theme = blankToNull(in.theme());
        docNumber = in.launchDocument().number().strip();
        docType = in.launchDocument().type();
        docDate = in.launchDocument().date();
        docIssuer = in.launchDocument().issuer().strip();
        docSigningFor = blankToNull(in.launchDocument().signingFor());
        docSignerPosition = blankToNull(in.launchDocument().signerPosition());
        docSignerName = blankToNull(in.launchDocument().signerName());
        if (docSignerName != null && docSignerPosition == null) {
            throw ProblemException.invalidField("launchDocument.signerPosition", "ghi chức vụ của người ký văn bản");
        }
        startsOn = in.startsOn();
        endsOn = in.endsOn();
        registrationDeadline = in.registrationDeadline();
        scopeKind = in.scope().kind();
        scopeChoice.clear();
        scopeChoice.addAll(in.scope().refs());
        this.contents.clear();
        this.contents.addAll(contents);
        this.targets.clear();
        this.targets.addAll(targets);
        this.pledgeRules.clear();
        this.pledgeRules.addAll(pledgeRules);
        this.plannedAwards.clear();
        this.plannedAwards.addAll(plannedAwards);
        for (int i = 0; i < periods.size(); i++) {
            CampaignParts.ReportingPeriod p = periods.get(i);
            if (p.endsOn().isBefore(p.startsOn())
                    || p.startsOn().isBefore(in.startsOn())
                    || p.endsOn().isAfter(in.endsOn())) {
                throw ProblemException.invalidField(
                        "reportingPeriods[" + i + "].endsOn",
                        "kỳ báo cáo phải nằm trong thời gian phong trào (" + in.startsOn() + " – " + in.endsOn() + ")");
            }
            if (p.closesOn().isBefore(p.endsOn())) {
                throw ProblemException.invalidField(
                        "reportingPeriods[" + i + "].closesOn", "hạn chốt báo cáo không được trước ngày cuối kỳ");
            }
        }
        this.periods.clear();
        this.periods.addAll(periods);
        updatedAt = now;
        if (status == CampaignEnums.Status.LAUNCHED) {
            revision++;
        }
    }

    /** Phát động: the plan becomes visible to the units in scope and can no longer change silently. */
    void launch(Set<UUID> unitsInScope, OffsetDateTime now) {
        if (status != CampaignEnums.Status.DRAFT) {
            throw ProblemException.conflict("Phong trào \"" + title + "\" đã được phát động");
        }
        if (contents.isEmpty()) {
            throw ProblemException.invalidField(
                    "contents", "phong trào cần ít nhất một nội dung trọng tâm trước khi phát động");
        }
        if (unitsInScope.isEmpty()) {
            throw ProblemException.invalidField("scope", "phạm vi phát động không có đơn vị nào");
        }
        scopeUnits.clear();
        scopeUnits.addAll(unitsInScope);
        status = CampaignEnums.Status.LAUNCHED;
        revision = 1;
        launchedAt = now;
        updatedAt = launchedAt;
    }

    /** Closed by its final review: nothing in the campaign changes after this. */
    public void close(OffsetDateTime now) {
        if (status != CampaignEnums.Status.LAUNCHED) {
            throw ProblemException.rule("Phong trào \"" + title + "\" chưa phát động hoặc đã kết thúc");
        }
        status = CampaignEnums.Status.CLOSED;
        closedAt = now;
        updatedAt = closedAt;
    }

    /** Each number must name one of this campaign's targets, once; the error names {@code list[i].number}. */
    public void requireTargets(List<Integer> numbers, String list) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            int number = numbers.get(i);
            if (targets.stream().noneMatch(t -> t.number() == number)) {
                throw ProblemException.invalidField(
                        list + "[" + i + "].number", "phong trào không có chỉ tiêu số " + number);
            }
            if (!seen.add(number)) {
                throw ProblemException.invalidField(
                        list + "[" + i + "].number", "chỉ tiêu số " + number + " có hai lần");
            }
        }
    }

    public boolean isLaunched() {
        return status != CampaignEnums.Status.DRAFT;
    }
}
