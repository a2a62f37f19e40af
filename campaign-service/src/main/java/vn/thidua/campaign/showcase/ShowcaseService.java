package vn.thidua.campaign.showcase;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignAccess;
import vn.thidua.platform.audit.AuditTrail;
import vn.thidua.platform.documents.StoredFile;
import vn.thidua.platform.paging.Page;
import vn.thidua.platform.paging.PageRequest;
import vn.thidua.platform.problem.ProblemException;
import vn.thidua.platform.security.CurrentUser;
import vn.thidua.platform.security.Roles;
import vn.thidua.replicas.unit.ReplicaTree;

/**
 * The showcase of models: units in a campaign's scope publish what they built; every signed-in user
 * may read it, and other units record that they adopted a model (nhân rộng).
 */
@ApplicationScoped
public class ShowcaseService {

    static final int MAX_PHOTOS = 12;

    @Inject
    Clock clock;

    @Inject
    ShowcaseMapper mapper;

    @Inject
    CampaignAccess access;

    @Inject
    CurrentUser user;

    @Inject
    ReplicaTree tree;

    @Inject
    AuditTrail audit;

    @Transactional
    public ShowcaseDtos.ModelView publish(UUID campaignId, ShowcaseDtos.ModelInput in) {
        Campaign campaign = access.viewable(campaignId);
        if (!campaign.isLaunched()) {
            throw ProblemException.rule("Phong trào chưa phát động");
        }
        UUID unit = actingUnit();
        if (!campaign.scopeUnits.contains(unit)) {
            throw ProblemException.forbidden("Đơn vị của bạn không thuộc phạm vi phát động của phong trào này");
        }
        ExemplaryModel model =
                ExemplaryModel.publish(campaign.id, unit, in, user.username(), OffsetDateTime.now(clock));
        model.persist();
        ExemplaryModel.flush();
        ShowcaseDtos.ModelView view = view(model);
        audit.record("campaign.model.publish", "exemplary-model", model.id, null, in);
        return view;
    }

    @Transactional
    public ShowcaseDtos.ModelView update(UUID modelId, ShowcaseDtos.ModelInput in) {
        ExemplaryModel model = ownModel(modelId);
        if (!Long.valueOf(model.version).equals(in.version())) {
            throw ProblemException.conflict(
                    "Mô hình đã được người khác sửa (phiên bản " + model.version + "); hãy tải lại");
        }
        ShowcaseDtos.ModelView before = view(model);
        model.describe(in, OffsetDateTime.now(clock));
        ExemplaryModel.flush();
        ShowcaseDtos.ModelView after = view(model);
        audit.record("campaign.model.update", "exemplary-model", model.id, before, after);
        return after;
    }

    @Transactional
    public ShowcaseDtos.PhotoView addPhoto(UUID modelId, String filename, byte[] content) {
        ExemplaryModel model = ownModel(modelId);
        if (ModelPhoto.count("modelId", model.id) >= MAX_PHOTOS) {
            throw ProblemException.invalidField("file", "mỗi mô hình có tối đa " + MAX_PHOTOS + " ảnh");
        }
        ModelPhoto photo = ModelPhoto.of(model.id, filename, content, user.username(), OffsetDateTime.now(clock));
        photo.persist();
        ShowcaseDtos.PhotoView view = mapper.toView(photo);
        audit.record("campaign.model.photo", "exemplary-model", model.id, null, view);
        return view;
    }

    @Transactional
    public StoredFile.Content photo(UUID modelId, UUID photoId) {
        ModelPhoto photo = ModelPhoto.findById(photoId);
        if (photo == null || !photo.modelId.equals(modelId)) {
            throw ProblemException.notFound("ảnh mô hình", photoId);
        }
        return photo.read();
    }

    /** Nhân rộng: once per unit, never the model's own unit. */
    @Transactional
    public ShowcaseDtos.ModelView adopt(UUID modelId, ShowcaseDtos.AdoptionInput in) {
        ExemplaryModel model = require(modelId);
        UUID unit = actingUnit();
        if (unit.equals(model.unitId)) {
            throw ProblemException.rule("Đơn vị không tự nhân rộng mô hình của chính mình");
        }
        if (Adoption.count("modelId = ?1 and unitId = ?2", model.id, unit) > 0) {
            throw ProblemException.conflict("Đơn vị của bạn đã nhân rộng mô hình này");
        }
        Adoption adoption =
                Adoption.of(model, unit, in.adoptedOn(), in.note(), user.username(), OffsetDateTime.now(clock));
        adoption.persist();
        Adoption.flush();
        audit.record("campaign.model.adopt", "exemplary-model", model.id, null, in);
        return view(model);
    }

    public ShowcaseDtos.ModelView get(UUID modelId) {
        return view(require(modelId));
    }

    /** The most adopted first, then the newest. */
    public Page<ShowcaseDtos.ModelView> search(UUID campaignId, String q, PageRequest page) {
        StringBuilder where = new StringBuilder("from ExemplaryModel m where 1 = 1");
        Parameters params = new Parameters();
        if (campaignId != null) {
            where.append(" and m.campaignId = :campaign");
            params.and("campaign", campaignId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(m.title) like :q or lower(m.place) like :q)");
            params.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        where.append(" order by (select count(a) from Adoption a where a.modelId = m.id) desc, m.publishedAt desc");
        return Page.of(ExemplaryModel.find(where.toString(), params), page, m -> view((ExemplaryModel) m));
    }

    private ExemplaryModel require(UUID modelId) {
        ExemplaryModel model = ExemplaryModel.findById(modelId);
        if (model == null) {
            throw ProblemException.notFound("mô hình", modelId);
        }
        return model;
    }

    private ExemplaryModel ownModel(UUID modelId) {
        ExemplaryModel model = require(modelId);
        if (!actingUnit().equals(model.unitId)) {
            throw ProblemException.forbidden("Chỉ đơn vị xây dựng mô hình mới sửa được mô hình");
        }
        return model;
    }

    private UUID actingUnit() {
        Optional<UUID> unit = user.unitId();
        if (!user.hasAnyRole(Roles.UNIT_OFFICER, Roles.UNIT_LEADER) || unit.isEmpty()) {
            throw ProblemException.forbidden("Chỉ cán bộ thi đua hoặc lãnh đạo đơn vị mới thao tác cho đơn vị");
        }
        return unit.get();
    }

    private ShowcaseDtos.ModelView view(ExemplaryModel m) {
        Campaign campaign = Campaign.findById(m.campaignId);
        List<ShowcaseDtos.AdoptionView> adoptions =
                Adoption.<Adoption>list("modelId = ?1 order by adoptedOn", m.id).stream()
                        .map(a -> mapper.toView(a, tree.name(a.unitId)))
                        .toList();
        List<ShowcaseDtos.PhotoView> photos =
                ModelPhoto.<ModelPhoto>list("modelId = ?1 order by uploadedAt", m.id).stream()
                        .map(mapper::toView)
                        .toList();
        Optional<UUID> own = user.hasAnyRole(Roles.UNIT_OFFICER, Roles.UNIT_LEADER) ? user.unitId() : Optional.empty();
        boolean ownUnit = own.map(m.unitId::equals).orElse(false);
        boolean canAdopt = own.isPresent()
                && !ownUnit
                && adoptions.stream().noneMatch(a -> a.unitId().equals(own.get()));
        return mapper.toView(m, campaign.title, tree.name(m.unitId), photos, adoptions, ownUnit, canAdopt);
    }
}
