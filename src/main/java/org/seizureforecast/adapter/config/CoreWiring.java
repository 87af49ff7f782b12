package org.seizureforecast.adapter.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.seizureforecast.core.alarm.AlarmEngine;
import org.seizureforecast.core.alarm.AlarmPolicy;
import org.seizureforecast.core.inference.Detectors;
import org.seizureforecast.core.monitor.PatientMonitor;
import org.seizureforecast.core.pipeline.StreamProcessor;
import org.seizureforecast.core.signal.FilterBank;
import org.seizureforecast.core.signal.StreamSpec;

/**
 * The composition root: the one place where configuration becomes core objects. Everything the
 * service runs is built here, once, in plain view; {@link Pipelines} builds the same objects for
 * the batch commands.
 */
@ApplicationScoped
public class CoreWiring {

    @Produces
    @Singleton
    StreamSpec streamSpec(ServiceConfig c) {
        return Pipelines.streamSpec(c);
    }

    @Produces
    @Singleton
    AlarmPolicy defaultPolicy(ServiceConfig c) {
        return Pipelines.alarmPolicy(c);
    }

    @Produces
    @Singleton
    FilterBank filterBank(ServiceConfig c) {
        return Pipelines.filterBank(c);
    }

    @Produces
    @Singleton
    Detectors detectors(ServiceConfig c) {
        return Pipelines.detectors(c);
    }

    void closeDetectors(@Disposes Detectors detectors) {
        detectors.close();
    }

    @Produces
    @Singleton
    StreamProcessor processor(StreamSpec spec, FilterBank filters, Detectors detectors, AlarmPolicy policy) {
        return new StreamProcessor(spec, filters, detectors, new AlarmEngine(policy));
    }

    @Produces
    @Singleton
    PatientMonitor monitor(ServiceConfig c, StreamSpec spec) {
        int capacity = (int) Math.ceil(c.history().scoreHours() * 3600 / spec.hopSeconds());
        return new PatientMonitor(capacity, c.history().alarmsPerPatient());
    }
}
