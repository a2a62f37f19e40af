package vn.thidua.campaign.showcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ShowcaseDtos {

    private ShowcaseDtos() {}

    @Schema(name = "ModelInput", description = "Mô hình đơn vị xây dựng")
    public record ModelInput(
            @NotBlank @Size(max = 500) @Schema(examples = "Mô hình Camera an ninh khu dân cư")
            String title,

            @NotBlank @Size(max = 8000) @Schema(description = "Mô hình là gì, làm thế nào")
            String description,

            @NotBlank @Size(max = 500) @Schema(description = "Thực hiện ở đâu", examples = "Phường Duy Tân, thành phố Kon Tum")
            String place,

            @NotBlank @Size(max = 8000) @Schema(description = "Kết quả đạt được")
            String results,

            @Schema(description = "Phiên bản hiện có khi sửa")
            Long version) {}

    @Schema(name = "AdoptionInput", description = "Đơn vị nhân rộng mô hình")
    public record AdoptionInput(
            @NotNull @PastOrPresent LocalDate adoptedOn,
            @Size(max = 2000) String note) {}

    @Schema(name = "ModelAdoption", description = "Một đơn vị đã nhân rộng mô hình")
    public record AdoptionView(UUID unitId, String unitName, LocalDate adoptedOn, String note) {}

    @Schema(name = "ModelPhoto", description = "Ảnh mô hình")
    public record PhotoView(@Schema(required = true) UUID id, String filename, long size) {}

    @Schema(name = "ExemplaryModel", description = "Mô hình, điển hình tiên tiến trong trang giới thiệu")
    public record ModelView(
            @Schema(required = true) UUID id,
            UUID campaignId,
            String campaignTitle,
            UUID unitId,
            String unitName,
            String title,
            String description,
            String place,
            String results,
            List<PhotoView> photos,
            @Schema(description = "Số đơn vị đã nhân rộng") int adoptionCount,
            List<AdoptionView> adoptions,

            @Schema(description = "Mô hình của đơn vị người dùng (được sửa, thêm ảnh)")
            boolean ownUnit,

            @Schema(description = "Đơn vị người dùng có thể đánh dấu nhân rộng")
            boolean canAdopt,

            String publishedBy,
            OffsetDateTime publishedAt,
            long version) {}
}
