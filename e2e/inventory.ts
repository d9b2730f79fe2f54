export { readInventory, type InventoryCode } from '../tests/inventory';
