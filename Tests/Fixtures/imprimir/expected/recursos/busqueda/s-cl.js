window.LIBRO_BUSQUEDA.recibir("s-cl",["articl"]);
