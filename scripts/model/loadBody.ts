import { readFileSync } from 'node:fs';
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { unpackBody } from '../../src/scene/unpackBody.ts';

/**
 * Loads a body model the way the app does (three's GLTFLoader with the meshopt decoder, then the
 * app's own unpacking), in Node: the committed public/models/body.glb unless given other bytes
 * (for example another build, from `buildBodyGlb`).
 */
export async function loadBodyMesh(
  bytes: Uint8Array = readFileSync(new URL('../../public/models/body.glb', import.meta.url)),
): Promise<THREE.Mesh> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(buffer as ArrayBuffer, '');
  const mesh = new THREE.Mesh(
    unpackBody(gltf.scene),
    new THREE.MeshBasicMaterial({ side: THREE.DoubleSide }),
  );
  mesh.updateMatrixWorld(true);
  return mesh;
}
