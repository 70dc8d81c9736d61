window.LIBRO_BUSQUEDA.recibir("t-ga",{"gantt":[1,[42,1,86,1]]});
