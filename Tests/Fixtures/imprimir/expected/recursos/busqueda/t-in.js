window.LIBRO_BUSQUEDA.recibir("t-in",{"inici":[1,[0,1,0,10]]});
