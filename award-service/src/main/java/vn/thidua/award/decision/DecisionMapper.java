package vn.thidua.award.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.thidua.award.nomination.Nomination;

@Mapper(componentModel = "cdi")
public interface DecisionMapper {

    @Mapping(target = "awards", expression = "java(decision.nominationIds.size())")
    DecisionDtos.DecisionSummary toSummary(Decision decision);

    /** The decision with its lines; the salary and total are those in force, or fixed when it was issued. */
    @Mapping(target = "baseSalary", source = "salary")
    @Mapping(target = "cashTotal", source = "total")
    DecisionDtos.DecisionView toView(
            Decision decision,
            String organizingUnitName,
            List<DecisionDtos.Line> lines,
            BigDecimal salary,
            BigDecimal total);

    @Mapping(target = "nominationId", source = "nomination.id")
    @Mapping(target = "recipientKind", source = "nomination.nomineeKind")
    @Mapping(target = "recipientName", source = "nomination.nomineeName")
    @Mapping(target = "awardType", source = "nomination.awardType")
    DecisionDtos.Line toLine(
            int position,
            Nomination nomination,
            String recipientDetail,
            String awardTypeName,
            BigDecimal cashMultiple,
            BigDecimal cashAmount,
            UUID honourId);
}
