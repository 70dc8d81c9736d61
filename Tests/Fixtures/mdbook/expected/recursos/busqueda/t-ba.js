window.LIBRO_BUSQUEDA.recibir("t-ba",{"balcon":[1,[0,1,0,1]]});
