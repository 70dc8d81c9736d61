window.LIBRO_BUSQUEDA.recibir("t-au",{"austin":[1,[1,1,3,1]]});
