package vn.thidua.award.catalog;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "cdi")
public interface CatalogMapper {

    @Mapping(target = "organizingUnitName", source = "unitName")
    @Mapping(target = "ruleCount", expression = "java(set.rules.size())")
    CatalogDtos.RuleSetSummary toSummary(RuleSet set, String unitName, boolean inForce);

    @Mapping(target = "organizingUnitName", source = "unitName")
    CatalogDtos.RuleSetView toView(RuleSet set, String unitName, boolean inForce, boolean editable);

    CatalogDtos.BaseSalaryView toView(BaseSalary salary);

    CatalogDtos.PublicAwardType toPublic(AwardType type);
}
