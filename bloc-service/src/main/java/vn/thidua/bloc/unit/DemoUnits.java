package vn.thidua.bloc.unit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo directory for the local stack (thidua.demo-data=true): the provinces, police and the blocs
 * of the reports in shared/seeds. Loaded through the use cases, so the replicas receive it too.
 * The ids are fixed because the demo Keycloak users carry them as unit_id.
 */
@ApplicationScoped
public class DemoUnits {

    private static final Logger LOG = Logger.getLogger(DemoUnits.class);

    @ConfigProperty(name = "thidua.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    UnitService units;

    void load(@Observes StartupEvent ignored) {
        if (!enabled || Unit.count() > 0) {
            return;
        }
        String kt = "10000000-0000-0000-0000-0000000000";
        String dl = "20000000-0000-0000-0000-0000000000";
        add(kt + "01", "Ủy ban nhân dân tỉnh Kon Tum", "UBND tỉnh Kon Tum", UnitKind.PROVINCE, null);
        add(kt + "02", "Sở Nội vụ tỉnh Kon Tum", "SNV", UnitKind.AGENCY, kt + "01");
        add(kt + "03", "Sở Tư pháp tỉnh Kon Tum", "STP", UnitKind.AGENCY, kt + "01");
        add(kt + "04", "Sở Tài chính tỉnh Kon Tum", "STC", UnitKind.AGENCY, kt + "01");
        add(kt + "05", "Sở Giáo dục và Đào tạo tỉnh Kon Tum", "SGDĐT", UnitKind.AGENCY, kt + "01");
        add(kt + "06", "Ủy ban nhân dân thành phố Kon Tum", "UBND TP Kon Tum", UnitKind.LOCALITY, kt + "01");
        add(kt + "07", "Ủy ban nhân dân huyện Đăk Hà", "UBND huyện Đăk Hà", UnitKind.LOCALITY, kt + "01");
        add(kt + "10", "Công an tỉnh Kon Tum", "CAT Kon Tum", UnitKind.AGENCY, kt + "01");
        add(kt + "11", "Phòng Công tác Đảng và công tác chính trị", "PX03", UnitKind.DIVISION, kt + "10");
        add(kt + "12", "Phòng Cảnh sát hình sự", "PC02", UnitKind.DIVISION, kt + "10");
        add(kt + "13", "Phòng Cảnh sát giao thông", "PC08", UnitKind.DIVISION, kt + "10");
        add(kt + "14", "Công an thành phố Kon Tum", "CA TP Kon Tum", UnitKind.DIVISION, kt + "10");

        add(dl + "01", "Ủy ban nhân dân tỉnh Đắk Lắk", "UBND tỉnh Đắk Lắk", UnitKind.PROVINCE, null);
        add(dl + "02", "Thanh tra tỉnh Đắk Lắk", "Thanh tra tỉnh", UnitKind.AGENCY, dl + "01");
        add(dl + "03", "Trại giam Đắk Tân", null, UnitKind.AGENCY, dl + "01");
        add(dl + "04", "Viện Kiểm sát nhân dân tỉnh Đắk Lắk", "VKSND tỉnh", UnitKind.AGENCY, dl + "01");
        add(dl + "05", "Tòa án nhân dân tỉnh Đắk Lắk", "TAND tỉnh", UnitKind.AGENCY, dl + "01");
        add(dl + "06", "Sở Tư pháp tỉnh Đắk Lắk", "STP", UnitKind.AGENCY, dl + "01");
        add(dl + "07", "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk", "Bộ CHQS tỉnh", UnitKind.AGENCY, dl + "01");
        add(dl + "08", "Cục Thi hành án dân sự tỉnh Đắk Lắk", "Cục THADS", UnitKind.AGENCY, dl + "01");
        add(dl + "09", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Lắk", "BĐBP tỉnh", UnitKind.AGENCY, dl + "01");
        add(dl + "10", "Công an tỉnh Đắk Lắk", "CAT Đắk Lắk", UnitKind.AGENCY, dl + "01");
        add(dl + "11", "Trại giam Đắk Trung", null, UnitKind.AGENCY, dl + "01");
        add(dl + "12", "Trung đoàn Cảnh sát cơ động Tây Nguyên", null, UnitKind.AGENCY, dl + "01");
        add(dl + "13", "Lữ đoàn 198, Bộ Tư lệnh Đặc công", "Lữ đoàn 198", UnitKind.AGENCY, dl + "01");
        add(dl + "20", "Sở Nội vụ tỉnh Đắk Lắk", "SNV", UnitKind.AGENCY, dl + "01");
        LOG.infof("Loaded %d demo units", Unit.count());
    }

    private void add(String id, String name, String shortName, UnitKind kind, String parentId) {
        units.create(
                UUID.fromString(id),
                new UnitDtos.NewUnit(name, shortName, kind, parentId == null ? null : UUID.fromString(parentId)));
    }
}
