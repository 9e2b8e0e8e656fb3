package cn.summerhotline.publicity.programme.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened to a project, as its events tell subscribers ({@code project.<name>.<unit>}). No personal data:
 * the plan's text is public, and who changed a project stays in its corrections.
 */
public sealed interface ProjectEvent {

    String name();

    String projectId();

    String unit();

    record Created(
            String projectId,
            int year,
            int number,
            int theme,
            String title,
            List<String> implementing,
            LocalDate periodStart,
            LocalDate periodEnd,
            String origin,
            String unit,
            Instant at)
            implements ProjectEvent {
        @Override
        public String name() {
            return "created";
        }
    }

    record Updated(
            String projectId,
            int year,
            int number,
            List<String> fields,
            ProgressStatus status,
            int percent,
            String unit,
            Instant at)
            implements ProjectEvent {
        @Override
        public String name() {
            return "updated";
        }
    }

    record Late(
            String projectId,
            int year,
            int number,
            String title,
            List<String> implementing,
            LocalDate periodEnd,
            String unit,
            Instant at)
            implements ProjectEvent {
        @Override
        public String name() {
            return "late";
        }
    }
}
