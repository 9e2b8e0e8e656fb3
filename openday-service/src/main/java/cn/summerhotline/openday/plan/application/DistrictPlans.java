package cn.summerhotline.openday.plan.application;

import cn.summerhotline.openday.plan.model.DistrictPlan;
import java.util.List;
import java.util.Optional;

/** The districts' plans with their pending events. */
public interface DistrictPlans {

    Optional<DistrictPlan> byId(String id);

    /** A year's plans by district. */
    List<DistrictPlan> ofYear(int year);

    /** Stores a first submission with its events; false, storing nothing, when the plan exists. */
    boolean add(DistrictPlan plan);

    /** Stores the change and its events unless the plan changed since it was read (then empty, nothing written). */
    Optional<DistrictPlan> update(DistrictPlan plan);
}
