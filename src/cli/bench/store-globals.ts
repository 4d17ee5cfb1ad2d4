// IndexedDB for Node: fake-indexeddb's factory and its IDBKeyRange, IDBObjectStore… classes as globals, which idb
// and the claim store expect as a browser gives them. Imported only by `bench store`.
import 'fake-indexeddb/auto';
