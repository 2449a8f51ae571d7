import { readFileSync } from 'node:fs';
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { unpackBody } from '../../src/scene/unpackBody.ts';

/**
 * Loads the committed body model the way the app does (three's GLTFLoader with the meshopt
 * decoder, then the app's own unpacking), in Node.
 */
export async function loadBodyMesh(): Promise<THREE.Mesh> {
  const bytes = readFileSync(new URL('../../public/models/body.glb', import.meta.url));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(buffer, '');
  const mesh = new THREE.Mesh(unpackBody(gltf.scene), new THREE.MeshBasicMaterial({ side: THREE.DoubleSide }));
  mesh.updateMatrixWorld(true);
  return mesh;
}
