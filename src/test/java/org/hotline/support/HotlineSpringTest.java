package org.hotline.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a throw-away embedded PostgreSQL, with the demo users and directory. Every test class
 * carrying this annotation shares one application context and one database. The job executor is off: tests move
 * the engine's clock and run due jobs themselves. Pages go to {@link TestPager}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hotline.embedded-database.data-directory=",
        "camunda.bpm.job-execution.enabled=false"})
@ContextConfiguration(initializers = TestPager.Initializer.class)
@Import(ProcessEngineCoverageConfiguration.class)
public @interface HotlineSpringTest {
}
