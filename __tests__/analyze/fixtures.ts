/** Small compose projects the analysis tests share; `renderCompose` shows their text. */
import type { ProjectSpec } from '../helpers/build-model.js'

/** A proxy on `front`, an api on `front` and `back`, a database on `back` only. */
export const threeTier: ProjectSpec = {
  name: 'shop',
  services: {
    proxy: { image: 'nginx:1.27', networks: ['front'], ports: ['80:80'] },
    api: { image: 'shop/api', networks: ['front', 'back'], environment: { DB_HOST: 'db' } },
    db: { image: 'postgres:16', networks: ['back'], ports: ['127.0.0.1:5432:5432'] }
  },
  networks: { front: {}, back: { internal: true } }
}

/** Two peers on a network with inter-container communication disabled; one publishes. */
export const iccOff: ProjectSpec = {
  name: 'iso',
  services: {
    a: { image: 'x/a', networks: ['lan'] },
    b: { image: 'x/b', networks: ['lan'], ports: ['8080:80'] }
  },
  networks: { lan: { iccDisabled: true } }
}

/** `service:` and `container:` namespaces, transitive, cyclic and unresolvable. */
export const namespaces: ProjectSpec = {
  name: 'ns',
  services: {
    vpn: {
      image: 'qmcgaw/gluetun',
      container_name: 'vpn-box',
      networks: ['tunnel'],
      ports: ['8888:8888']
    },
    client: { image: 'x/client', network_mode: 'service:vpn' },
    helper: { image: 'x/helper', network_mode: 'service:client' },
    byname: { image: 'x/byname', network_mode: 'container:vpn-box' },
    generated: { image: 'x/generated', network_mode: 'container:ns-vpn-1' },
    loopa: { image: 'x/loop', network_mode: 'service:loopb' },
    loopb: { image: 'x/loop', network_mode: 'service:loopa' },
    ghost: { image: 'x/ghost', network_mode: 'container:nowhere' },
    peer: { image: 'x/peer', networks: ['tunnel'] }
  },
  networks: { tunnel: {} }
}

/** Host, none and legacy bridge modes beside ordinary and internal-only services. */
export const modes: ProjectSpec = {
  name: 'modes',
  services: {
    agent: { image: 'x/agent', network_mode: 'host' },
    web: { image: 'x/web', networks: ['lan'], ports: ['127.0.0.1:8080:80'] },
    worker: { image: 'x/worker', networks: ['lan'] },
    sealed: { image: 'x/sealed', networks: ['vault'], ports: ['7000:7000'] },
    offline: { image: 'x/batch', network_mode: 'none', ports: ['6000:6000'] },
    legacy: { image: 'x/legacy', network_mode: 'bridge', ports: ['9000:9000'] },
    oldpal: { image: 'x/oldpal', network_mode: 'bridge' }
  },
  networks: { lan: {}, vault: { internal: true } }
}

/** Creates `backend` (internal) and `public`; the app project joins `infra_backend`. */
export const infra: ProjectSpec = {
  name: 'infra',
  services: {
    proxy: { image: 'traefik:v3.1', networks: ['backend', 'public'], ports: ['443:443'] }
  },
  networks: { backend: { iccDisabled: false, attachable: true }, public: {} }
}

export const app: ProjectSpec = {
  name: 'app',
  services: {
    api: { image: 'x/api', networks: ['infra'] },
    db: { image: 'postgres:16', networks: ['partner'] }
  },
  networks: {
    infra: { external: true, name: 'infra_backend' },
    partner: { external: true }
  }
}

/** Port bindings of a compose project. */
export const bindings: ProjectSpec = {
  name: 'ports',
  services: {
    web: {
      image: 'x/web',
      ports: ['0.0.0.0:80:80', '10.0.0.5:81:81', '[::1]:82:82', '3000', '127.0.0.1:83:83']
    }
  }
}

/** The same kinds of bindings in a Swarm stack. */
export const stack: ProjectSpec = {
  name: 'swarm',
  kind: 'stack',
  services: {
    web: {
      image: 'x/web',
      ports: [
        '8080:80',
        { target: 9000, published: 9000, host_ip: '127.0.0.1', mode: 'host' },
        { target: 5000, published: 5000, host_ip: '127.0.0.1' }
      ]
    }
  }
}

/** Traefik routing by labels; one routed service is out of the proxy's reach. */
export const traefik: ProjectSpec = {
  name: 'web',
  services: {
    traefik: { image: 'traefik:v3.1', networks: ['proxy'], ports: ['80:80'] },
    app: {
      image: 'x/app',
      networks: ['proxy', 'inner'],
      labels: { 'traefik.enable': 'true', 'traefik.docker.network': 'web_proxy' }
    },
    admin: {
      image: 'x/admin',
      networks: ['inner'],
      deployLabels: { 'traefik.http.routers.admin.rule': 'Host(`admin.example.com`)' }
    },
    off: {
      image: 'x/off',
      networks: ['proxy'],
      labels: { 'traefik.enable': 'false', 'traefik.http.routers.off.rule': 'Host(`o.example`)' }
    },
    cache: { image: 'redis:7', networks: ['inner'] }
  },
  networks: { proxy: {}, inner: {} }
}

/** nginx-proxy published on loopback only, in front of a `VIRTUAL_HOST` site. */
export const nginxProxy: ProjectSpec = {
  name: 'local',
  services: {
    gateway: { image: 'jwilder/nginx-proxy:alpine', ports: ['127.0.0.1:80:80'] },
    site: { image: 'x/site', environment: { VIRTUAL_HOST: 'site.localhost' } }
  }
}

/** Every kind of intent; `bank` shares `bank_core` with it and owns `legacy-db`. */
export const intents: ProjectSpec = {
  name: 'intents',
  services: {
    web: {
      image: 'x/web',
      networks: { lan: {}, core: {} },
      environment: {
        DATABASE_URL: 'postgres://app:s3cret@db:5432/app',
        REDIS_HOST: 'cache',
        KAFKA_BOOTSTRAP_SERVERS: 'kafka-1:9092,kafka-2:9092',
        MONGO_URL: 'mongodb://mongo-a:27017,mongo-b:27017/x?replicaSet=rs',
        SEARCH: 'http://search.internal:9200/_cluster',
        OUTSIDE_HOST: 'api.example.com',
        VIRTUAL_HOST: 'api',
        LOG_LEVEL: 'db',
        LEDGER_ADDR: 'ledger:7000',
        AUDIT_HOST: 'auditor',
        SELF_URL: 'http://web:8080'
      },
      depends_on: ['api', 'missing'],
      links: ['cache:redis'],
      external_links: ['legacy-db']
    },
    api: { image: 'x/api', networks: ['lan'] },
    db: { image: 'postgres:16', networks: ['lan'] },
    cache: { image: 'redis:7', networks: ['lan'] },
    broker: {
      image: 'bitnami/kafka:3',
      networks: { lan: { aliases: ['kafka-1', 'kafka-2'] } }
    },
    mongo: { image: 'mongo:7', networks: { lan: { aliases: ['mongo-a'] } } },
    search: {
      image: 'opensearchproject/opensearch:2',
      networks: { lan: { aliases: ['search.internal'] } }
    },
    sidecar: { image: 'x/sidecar', network_mode: 'service:web' }
  },
  networks: { lan: {}, core: { external: true, name: 'bank_core' } }
}

export const bank: ProjectSpec = {
  name: 'bank',
  services: {
    ledger: { image: 'x/ledger', networks: ['core'] },
    auditor: { image: 'x/auditor', networks: ['private'] },
    old: { image: 'mysql:5.7', container_name: 'legacy-db', networks: ['private'] }
  },
  networks: { core: {}, private: {} }
}
