package org.biadeposit;

import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Groovy as a SciJava script language in the tests, through Groovy's own JSR-223 engine (from Maven Central), as
 * Fiji's scripting-groovy provides it (that artifact is not on Central). Lets {@link DepositFolderScriptTest} run
 * {@code scripts/deposit-folder.groovy} through the script service, {@code #@} parameters and all.
 */
@Plugin(type = ScriptLanguage.class, name = "Groovy")
public class GroovyLanguage extends AdaptedScriptLanguage {

	public GroovyLanguage() {
		super(new org.codehaus.groovy.jsr223.GroovyScriptEngineFactory());
	}
}
