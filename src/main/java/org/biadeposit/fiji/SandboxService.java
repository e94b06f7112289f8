package org.biadeposit.fiji;

import java.io.IOException;
import java.nio.file.Path;

import org.biadeposit.sandbox.SandboxConfig;
import org.biadeposit.sandbox.SandboxServer;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.SciJavaService;
import org.scijava.service.Service;

/** The sandbox server started from Fiji, one at a time, stopped when Fiji (the context) closes. */
@Plugin(type = Service.class)
public class SandboxService extends AbstractService implements SciJavaService {

	private SandboxServer server;

	/** The running sandbox, starting one on the port (0 = a free one) with the data folder if none runs. */
	public synchronized SandboxServer start(int port, Path data) throws IOException {
		if (server == null) {
			SandboxConfig config = new SandboxConfig().port(port);
			if (data != null) config.dataDir(data);
			server = SandboxServer.start(config.log(null));
		}
		return server;
	}

	/** The running sandbox, or null. */
	public synchronized SandboxServer running() {
		return server;
	}

	public synchronized void stop() {
		if (server != null) server.close();
		server = null;
	}

	@Override
	public void dispose() {
		stop();
	}
}
