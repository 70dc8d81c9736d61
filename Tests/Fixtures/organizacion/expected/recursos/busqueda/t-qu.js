window.LIBRO_BUSQUEDA.recibir("t-qu",{"qued":[1,[35,1,51,1]],"quej":[1,[38,1,63,1]],"quinc":[1,[38,1,64,1]],"quinter":[3,[35,1,50,1,3,1,15,1,3,1,13,1]]});
