package vn.thidua.award.nomination;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface NominationMapper {

    @Mapping(target = "eligible", expression = "java(n.eligibility == null ? null : n.eligibility.eligible())")
    NominationDtos.NominationSummary toSummary(
            Nomination n, String proposerUnitName, String nomineeUnitName, String awardTypeName);

    NominationDtos.NominationView toView(
            Nomination n,
            String proposerUnitName,
            String nomineeUnitName,
            String awardTypeName,
            java.util.List<vn.thidua.award.catalog.CatalogEnums.DossierKind> requiredDocuments,
            java.util.List<NominationDtos.DocumentView> documents,
            NominationDtos.Actions actions);

    NominationDtos.DocumentView toView(DossierDocument document);

    @Mapping(target = "nominationId", source = "n.id")
    @Mapping(target = "awardTypeName", source = "awardTypeName")
    NominationEvents.NominationChanged toEvent(Nomination n, String awardTypeName, String reason);
}
