package vn.thidua.replicas.unit;

import org.mapstruct.Mapper;

@Mapper
public interface UnitReplicaMapper {

    UnitReplicaView toView(UnitReplica unit);
}
