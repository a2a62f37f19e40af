package vn.thidua.award.unit;

import org.mapstruct.Mapper;

@Mapper
public interface UnitReplicaMapper {

    UnitReplicaView toView(UnitReplica unit);
}
