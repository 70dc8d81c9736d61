window.LIBRO_BUSQUEDA.recibir("s-sc",["francisc","osc"]);
