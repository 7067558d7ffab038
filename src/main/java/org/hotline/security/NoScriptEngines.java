package org.hotline.security;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * No script runs in this engine, in any language: not JavaScript or Groovy, and not JUEL as a script language (a
 * condition with {@code language="juel"}, a decision table in a script language), which the engine would evaluate
 * outside the expression allow-list. Asked for a script engine, the engine finds none and refuses the script.
 */
class NoScriptEngines implements ScriptEngineResolver {

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory scriptEngineFactory) {
        // none is taken
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        return new ScriptEngineManager(null);
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
        return null;
    }
}
