package vn.thidua.bloc.blocs;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The document that set the bloc up (e.g. Quyết định số 1234/QĐ-UBND ngày 15/3/2021 của UBND tỉnh). */
@Embeddable
@Schema(name = "FoundingDocument", description = "Văn bản thành lập khối / cụm")
public record FoundingDocument(
        @Column(name = "founding_doc_number") @Size(max = 100) @Schema(examples = "1234/QĐ-UBND")
        String number,

        @Column(name = "founding_doc_date") @PastOrPresent LocalDate date,

        @Column(name = "founding_doc_issuer") @Size(max = 300) @Schema(examples = "Ủy ban nhân dân tỉnh Đắk Lắk")
        String issuer,

        @Column(name = "founding_doc_title") @Size(max = 500) String title) {}
