import * as THREE from 'three';

/**
 * Turns the loaded body model into plain geometry in body coordinates (metres). The file stores
 * quantised, meshopt-compressed attributes (interleaved, scaled by the node); they are unpacked
 * once into float arrays, so everything else (raycasts, outlines, test hooks) can read positions
 * directly. Also used by the tests and scripts in Node, so it must not touch the DOM.
 */
export function unpackBody(scene: THREE.Object3D): THREE.BufferGeometry {
  let mesh: THREE.Mesh | undefined;
  scene.updateMatrixWorld(true);
  scene.traverse((object) => {
    if (!mesh && (object as THREE.Mesh).isMesh) mesh = object as THREE.Mesh;
  });
  const source = mesh?.geometry;
  const position = source?.getAttribute('position');
  const normal = source?.getAttribute('normal');
  const region = source?.getAttribute('_region');
  // Which superficial muscle lies under each vertex (0 = none); optional in older models.
  const muscle = source?.getAttribute('_muscle');
  const index = source?.getIndex();
  if (!mesh || !position || !normal || !region || !index) {
    throw new Error('The body model is missing its mesh, normals, index or region labels.');
  }
  const matrix = mesh.matrixWorld;
  const normalMatrix = new THREE.Matrix3().getNormalMatrix(matrix);
  const count = position.count;
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const regions = new Float32Array(count);
  const muscles = new Float32Array(count);
  const v = new THREE.Vector3();
  for (let i = 0; i < count; i++) {
    // getX/getY/getZ, never .array: the attributes arrive interleaved and normalised.
    v.set(position.getX(i), position.getY(i), position.getZ(i)).applyMatrix4(matrix);
    positions.set([v.x, v.y, v.z], i * 3);
    v.set(normal.getX(i), normal.getY(i), normal.getZ(i)).applyMatrix3(normalMatrix).normalize();
    normals.set([v.x, v.y, v.z], i * 3);
    regions[i] = Math.round(region.getX(i));
    muscles[i] = muscle ? Math.round(muscle.getX(i)) : 0;
  }
  const indices = new Uint32Array(index.count);
  for (let i = 0; i < index.count; i++) indices[i] = index.getX(i);
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new THREE.BufferAttribute(normals, 3));
  geometry.setAttribute('_region', new THREE.BufferAttribute(regions, 1));
  geometry.setAttribute('_muscle', new THREE.BufferAttribute(muscles, 1));
  geometry.setIndex(new THREE.BufferAttribute(indices, 1));
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  return geometry;
}
