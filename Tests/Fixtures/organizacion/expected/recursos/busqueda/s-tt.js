window.LIBRO_BUSQUEDA.recibir("s-tt",["gantt"]);
